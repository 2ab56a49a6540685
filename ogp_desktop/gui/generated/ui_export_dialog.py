# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 380)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.formats_label = QLabel(ExportDialog)
        self.formats_label.setObjectName(u"formats_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formats_label)

        self.formats_layout = QHBoxLayout()
        self.formats_layout.setObjectName(u"formats_layout")
        self.docx_check = QCheckBox(ExportDialog)
        self.docx_check.setObjectName(u"docx_check")
        self.docx_check.setChecked(True)

        self.formats_layout.addWidget(self.docx_check)

        self.pdf_check = QCheckBox(ExportDialog)
        self.pdf_check.setObjectName(u"pdf_check")
        self.pdf_check.setChecked(True)

        self.formats_layout.addWidget(self.pdf_check)

        self.formats_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formats_layout.addItem(self.formats_spacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.formats_layout)

        self.language_label = QLabel(ExportDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(ExportDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.folder_label = QLabel(ExportDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_edit = QLineEdit(ExportDialog)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_button = QPushButton(ExportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_layout.addWidget(self.browse_button)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folder_layout)

        self.name_label = QLabel(ExportDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ExportDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(ExportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_layout = QVBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.draft_radio = QRadioButton(ExportDialog)
        self.draft_radio.setObjectName(u"draft_radio")
        self.draft_radio.setChecked(True)

        self.kind_layout.addWidget(self.draft_radio)

        self.final_radio = QRadioButton(ExportDialog)
        self.final_radio.setObjectName(u"final_radio")

        self.kind_layout.addWidget(self.final_radio)

        self.final_note = QLabel(ExportDialog)
        self.final_note.setObjectName(u"final_note")
        self.final_note.setWordWrap(True)

        self.kind_layout.addWidget(self.final_note)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kind_layout)


        self.layout.addLayout(self.form)

        self.open_check = QCheckBox(ExportDialog)
        self.open_check.setObjectName(u"open_check")

        self.layout.addWidget(self.open_check)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.status_label = QLabel(ExportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.status_label)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.folder_label.setBuddy(self.folder_edit)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.docx_check, self.pdf_check)
        QWidget.setTabOrder(self.pdf_check, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.draft_radio)
        QWidget.setTabOrder(self.draft_radio, self.final_radio)
        QWidget.setTabOrder(self.final_radio, self.open_check)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export report", None))
#if QT_CONFIG(accessibility)
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export report", None))
#endif // QT_CONFIG(accessibility)
        self.formats_label.setText(QCoreApplication.translate("ExportDialog", u"Formats:", None))
        self.docx_check.setText(QCoreApplication.translate("ExportDialog", u"&Word (.docx)", None))
#if QT_CONFIG(accessibility)
        self.docx_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export Word document", None))
#endif // QT_CONFIG(accessibility)
        self.pdf_check.setText(QCoreApplication.translate("ExportDialog", u"&PDF", None))
#if QT_CONFIG(accessibility)
        self.pdf_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export PDF document", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ExportDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export language", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("ExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose export folder", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("ExportDialog", u"File &name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File name without extension", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ExportDialog", u"Version:", None))
        self.draft_radio.setText(QCoreApplication.translate("ExportDialog", u"&Draft (marked DRAFT, allowed with errors)", None))
#if QT_CONFIG(accessibility)
        self.draft_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Draft export", None))
#endif // QT_CONFIG(accessibility)
        self.final_radio.setText(QCoreApplication.translate("ExportDialog", u"&Final (for submission)", None))
#if QT_CONFIG(accessibility)
        self.final_radio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Final export", None))
#endif // QT_CONFIG(accessibility)
        self.open_check.setText(QCoreApplication.translate("ExportDialog", u"&Open the files when done", None))
#if QT_CONFIG(accessibility)
        self.open_check.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Open the files when done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

