# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QToolBar, QToolButton,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 760)
        self.action_new = QAction(MainWindow)
        self.action_new.setObjectName(u"action_new")
        self.action_open = QAction(MainWindow)
        self.action_open.setObjectName(u"action_open")
        self.action_import = QAction(MainWindow)
        self.action_import.setObjectName(u"action_import")
        self.action_save = QAction(MainWindow)
        self.action_save.setObjectName(u"action_save")
        self.action_save_copy = QAction(MainWindow)
        self.action_save_copy.setObjectName(u"action_save_copy")
        self.action_export = QAction(MainWindow)
        self.action_export.setObjectName(u"action_export")
        self.action_close_report = QAction(MainWindow)
        self.action_close_report.setObjectName(u"action_close_report")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_preferences = QAction(MainWindow)
        self.action_preferences.setObjectName(u"action_preferences")
        self.action_show_library = QAction(MainWindow)
        self.action_show_library.setObjectName(u"action_show_library")
        self.action_show_toolbar = QAction(MainWindow)
        self.action_show_toolbar.setObjectName(u"action_show_toolbar")
        self.action_show_toolbar.setCheckable(True)
        self.action_show_toolbar.setChecked(True)
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QVBoxLayout(self.central)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame(self.central)
        self.banner.setObjectName(u"banner")
        self.banner.setStyleSheet(u"#banner { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        self.banner_layout = QHBoxLayout(self.banner)
        self.banner_layout.setObjectName(u"banner_layout")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.banner_layout.addWidget(self.banner_label)

        self.banner_close = QToolButton(self.banner)
        self.banner_close.setObjectName(u"banner_close")

        self.banner_layout.addWidget(self.banner_close)


        self.central_layout.addWidget(self.banner)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")
        self.library_page = QWidget()
        self.library_page.setObjectName(u"library_page")
        self.library_page_layout = QVBoxLayout(self.library_page)
        self.library_page_layout.setObjectName(u"library_page_layout")
        self.pages.addWidget(self.library_page)
        self.editor_page = QWidget()
        self.editor_page.setObjectName(u"editor_page")
        self.editor_page_layout = QVBoxLayout(self.editor_page)
        self.editor_page_layout.setObjectName(u"editor_page_layout")
        self.editor_page_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.editor_page)

        self.central_layout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menu_file = QMenu(self.menubar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_recent = QMenu(self.menu_file)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_edit = QMenu(self.menubar)
        self.menu_edit.setObjectName(u"menu_edit")
        self.menu_view = QMenu(self.menubar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_help = QMenu(self.menubar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menubar)
        self.toolbar = QToolBar(MainWindow)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menu_file.menuAction())
        self.menubar.addAction(self.menu_edit.menuAction())
        self.menubar.addAction(self.menu_view.menuAction())
        self.menubar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_new)
        self.menu_file.addAction(self.action_open)
        self.menu_file.addAction(self.menu_recent.menuAction())
        self.menu_file.addAction(self.action_import)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_save)
        self.menu_file.addAction(self.action_save_copy)
        self.menu_file.addAction(self.action_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_close_report)
        self.menu_file.addAction(self.action_quit)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.action_preferences)
        self.menu_view.addAction(self.action_show_library)
        self.menu_view.addAction(self.action_show_toolbar)
        self.menu_help.addAction(self.action_about)
        self.toolbar.addAction(self.action_show_library)
        self.toolbar.addAction(self.action_new)
        self.toolbar.addAction(self.action_open)
        self.toolbar.addAction(self.action_save)
        self.toolbar.addAction(self.action_export)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"OGP Report Studio", None))
        self.action_new.setText(QCoreApplication.translate("MainWindow", u"&New report\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_new.setToolTip(QCoreApplication.translate("MainWindow", u"Start a new progress report", None))
#endif // QT_CONFIG(tooltip)
        self.action_open.setText(QCoreApplication.translate("MainWindow", u"&Open report file\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_open.setToolTip(QCoreApplication.translate("MainWindow", u"Open a report file (*.ogpreport.json) as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.action_import.setText(QCoreApplication.translate("MainWindow", u"&Import report file\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_import.setToolTip(QCoreApplication.translate("MainWindow", u"Add a report file to the library without opening it", None))
#endif // QT_CONFIG(tooltip)
        self.action_save.setText(QCoreApplication.translate("MainWindow", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.action_save.setToolTip(QCoreApplication.translate("MainWindow", u"Save the open report now (it is also saved automatically)", None))
#endif // QT_CONFIG(tooltip)
        self.action_save_copy.setText(QCoreApplication.translate("MainWindow", u"Save a &copy as report file\u2026", None))
        self.action_export.setText(QCoreApplication.translate("MainWindow", u"&Export to Word/PDF\u2026", None))
        self.action_close_report.setText(QCoreApplication.translate("MainWindow", u"&Close report", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_preferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
        self.action_show_library.setText(QCoreApplication.translate("MainWindow", u"&Library", None))
#if QT_CONFIG(tooltip)
        self.action_show_library.setToolTip(QCoreApplication.translate("MainWindow", u"Show all drafts", None))
#endif // QT_CONFIG(tooltip)
        self.action_show_toolbar.setText(QCoreApplication.translate("MainWindow", u"&Toolbar", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About OGP Report Studio", None))
#if QT_CONFIG(accessibility)
        self.banner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.banner_close.setText(QCoreApplication.translate("MainWindow", u"Dismiss", None))
#if QT_CONFIG(accessibility)
        self.banner_close.setAccessibleName(QCoreApplication.translate("MainWindow", u"Dismiss notice", None))
#endif // QT_CONFIG(accessibility)
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"Open &recent", None))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

