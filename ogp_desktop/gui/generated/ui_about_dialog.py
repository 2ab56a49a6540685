# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 260)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.name_label = QLabel(AboutDialog)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.layout.addWidget(self.name_label)

        self.purpose_label = QLabel(AboutDialog)
        self.purpose_label.setObjectName(u"purpose_label")
        self.purpose_label.setWordWrap(True)

        self.layout.addWidget(self.purpose_label)

        self.licence_label = QLabel(AboutDialog)
        self.licence_label.setObjectName(u"licence_label")
        self.licence_label.setWordWrap(True)

        self.layout.addWidget(self.licence_label)

        self.folders_label = QLabel(AboutDialog)
        self.folders_label.setObjectName(u"folders_label")
        self.folders_label.setWordWrap(True)
        self.folders_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.folders_label)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About OGP Report Studio", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About OGP Report Studio", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("AboutDialog", u"Write Open Government Partnership action-plan progress reports offline and export them to Word and PDF.", None))
#if QT_CONFIG(accessibility)
        self.folders_label.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Data and log folders", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

