# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(460, 220)
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.language_label = QLabel(PreferencesDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(PreferencesDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.folder_label = QLabel(PreferencesDialog)
        self.folder_label.setObjectName(u"folder_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_edit = QLineEdit(PreferencesDialog)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_button = QPushButton(PreferencesDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_layout.addWidget(self.browse_button)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folder_layout)

        self.export_language_label = QLabel(PreferencesDialog)
        self.export_language_label.setObjectName(u"export_language_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.export_language_label)

        self.export_language_combo = QComboBox(PreferencesDialog)
        self.export_language_combo.setObjectName(u"export_language_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.export_language_combo)


        self.layout.addLayout(self.form)

        self.autosave_note = QLabel(PreferencesDialog)
        self.autosave_note.setObjectName(u"autosave_note")
        self.autosave_note.setWordWrap(True)

        self.layout.addWidget(self.autosave_note)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.folder_label.setBuddy(self.folder_edit)
        self.export_language_label.setBuddy(self.export_language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language_combo, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.export_language_combo)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
#if QT_CONFIG(accessibility)
        PreferencesDialog.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Interface language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Interface language", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("PreferencesDialog", u"Default export &folder:", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Default export folder", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Choose default export folder", None))
#endif // QT_CONFIG(accessibility)
        self.export_language_label.setText(QCoreApplication.translate("PreferencesDialog", u"Default &export language:", None))
#if QT_CONFIG(accessibility)
        self.export_language_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Default export language", None))
#endif // QT_CONFIG(accessibility)
        self.autosave_note.setText(QCoreApplication.translate("PreferencesDialog", u"Reports are saved automatically while you type; Ctrl+S saves at once.", None))
    # retranslateUi

