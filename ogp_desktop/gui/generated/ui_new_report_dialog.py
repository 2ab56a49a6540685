# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_report_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewReportDialog(object):
    def setupUi(self, NewReportDialog):
        if not NewReportDialog.objectName():
            NewReportDialog.setObjectName(u"NewReportDialog")
        NewReportDialog.resize(480, 340)
        self.layout = QVBoxLayout(NewReportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewReportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.template_label = QLabel(NewReportDialog)
        self.template_label.setObjectName(u"template_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_combo = QComboBox(NewReportDialog)
        self.template_combo.setObjectName(u"template_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_combo)

        self.country_label = QLabel(NewReportDialog)
        self.country_label.setObjectName(u"country_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_edit = QLineEdit(NewReportDialog)
        self.country_edit.setObjectName(u"country_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country_edit)

        self.plan_title_label = QLabel(NewReportDialog)
        self.plan_title_label.setObjectName(u"plan_title_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plan_title_label)

        self.plan_title_edit = QLineEdit(NewReportDialog)
        self.plan_title_edit.setObjectName(u"plan_title_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plan_title_edit)

        self.plan_start_label = QLabel(NewReportDialog)
        self.plan_start_label.setObjectName(u"plan_start_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.plan_start_label)

        self.plan_start_edit = QDateEdit(NewReportDialog)
        self.plan_start_edit.setObjectName(u"plan_start_edit")
        self.plan_start_edit.setCalendarPopup(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plan_start_edit)

        self.plan_end_label = QLabel(NewReportDialog)
        self.plan_end_label.setObjectName(u"plan_end_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plan_end_label)

        self.plan_end_edit = QDateEdit(NewReportDialog)
        self.plan_end_edit.setObjectName(u"plan_end_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.plan_end_edit)

        self.period_start_label = QLabel(NewReportDialog)
        self.period_start_label.setObjectName(u"period_start_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.period_start_label)

        self.period_start_edit = QDateEdit(NewReportDialog)
        self.period_start_edit.setObjectName(u"period_start_edit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.period_start_edit)

        self.period_end_label = QLabel(NewReportDialog)
        self.period_end_label.setObjectName(u"period_end_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.period_end_label)

        self.period_end_edit = QDateEdit(NewReportDialog)
        self.period_end_edit.setObjectName(u"period_end_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.period_end_edit)

        self.report_type_label = QLabel(NewReportDialog)
        self.report_type_label.setObjectName(u"report_type_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.report_type_label)

        self.report_type_combo = QComboBox(NewReportDialog)
        self.report_type_combo.setObjectName(u"report_type_combo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.report_type_combo)

        self.language_label = QLabel(NewReportDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(NewReportDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.layout.addLayout(self.form)

        self.problem_label = QLabel(NewReportDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setStyleSheet(u"color: #a00000;")
        self.problem_label.setWordWrap(True)

        self.layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(NewReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_combo)
        self.country_label.setBuddy(self.country_edit)
        self.plan_title_label.setBuddy(self.plan_title_edit)
        self.plan_start_label.setBuddy(self.plan_start_edit)
        self.plan_end_label.setBuddy(self.plan_end_edit)
        self.period_start_label.setBuddy(self.period_start_edit)
        self.period_end_label.setBuddy(self.period_end_edit)
        self.report_type_label.setBuddy(self.report_type_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.template_combo, self.country_edit)
        QWidget.setTabOrder(self.country_edit, self.plan_title_edit)
        QWidget.setTabOrder(self.plan_title_edit, self.plan_start_edit)
        QWidget.setTabOrder(self.plan_start_edit, self.plan_end_edit)
        QWidget.setTabOrder(self.plan_end_edit, self.period_start_edit)
        QWidget.setTabOrder(self.period_start_edit, self.period_end_edit)
        QWidget.setTabOrder(self.period_end_edit, self.report_type_combo)
        QWidget.setTabOrder(self.report_type_combo, self.language_combo)

        self.retranslateUi(NewReportDialog)

        QMetaObject.connectSlotsByName(NewReportDialog)
    # setupUi

    def retranslateUi(self, NewReportDialog):
        NewReportDialog.setWindowTitle(QCoreApplication.translate("NewReportDialog", u"New report", None))
#if QT_CONFIG(accessibility)
        NewReportDialog.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"New report", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("NewReportDialog", u"Describe the action plan this report is about. Everything can be changed later in the report itself.", None))
        self.template_label.setText(QCoreApplication.translate("NewReportDialog", u"&Template:", None))
#if QT_CONFIG(accessibility)
        self.template_combo.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Template", None))
#endif // QT_CONFIG(accessibility)
        self.country_label.setText(QCoreApplication.translate("NewReportDialog", u"&Country:", None))
#if QT_CONFIG(accessibility)
        self.country_edit.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.country_edit.setPlaceholderText(QCoreApplication.translate("NewReportDialog", u"e.g. Estonia", None))
        self.plan_title_label.setText(QCoreApplication.translate("NewReportDialog", u"Action &plan title:", None))
#if QT_CONFIG(accessibility)
        self.plan_title_edit.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Action plan title", None))
#endif // QT_CONFIG(accessibility)
        self.plan_title_edit.setPlaceholderText(QCoreApplication.translate("NewReportDialog", u"e.g. Estonia's Fourth Action Plan 2018-2020", None))
        self.plan_start_label.setText(QCoreApplication.translate("NewReportDialog", u"Plan &starts:", None))
#if QT_CONFIG(accessibility)
        self.plan_start_edit.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Plan start month", None))
#endif // QT_CONFIG(accessibility)
        self.plan_start_edit.setDisplayFormat(QCoreApplication.translate("NewReportDialog", u"yyyy-MM", None))
        self.plan_end_label.setText(QCoreApplication.translate("NewReportDialog", u"Plan &ends:", None))
#if QT_CONFIG(accessibility)
        self.plan_end_edit.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Plan end month", None))
#endif // QT_CONFIG(accessibility)
        self.plan_end_edit.setDisplayFormat(QCoreApplication.translate("NewReportDialog", u"yyyy-MM", None))
        self.period_start_label.setText(QCoreApplication.translate("NewReportDialog", u"Reporting period &from:", None))
#if QT_CONFIG(accessibility)
        self.period_start_edit.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Reporting period start", None))
#endif // QT_CONFIG(accessibility)
        self.period_start_edit.setDisplayFormat(QCoreApplication.translate("NewReportDialog", u"yyyy-MM-dd", None))
        self.period_end_label.setText(QCoreApplication.translate("NewReportDialog", u"Reporting period t&o:", None))
#if QT_CONFIG(accessibility)
        self.period_end_edit.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Reporting period end", None))
#endif // QT_CONFIG(accessibility)
        self.period_end_edit.setDisplayFormat(QCoreApplication.translate("NewReportDialog", u"yyyy-MM-dd", None))
        self.report_type_label.setText(QCoreApplication.translate("NewReportDialog", u"Report &type:", None))
#if QT_CONFIG(accessibility)
        self.report_type_combo.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Report type", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("NewReportDialog", u"&Language of the report:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("NewReportDialog", u"Language of the report", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

