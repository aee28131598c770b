package vn.hoinghi.shared;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus the app's own stylesheet, served as a static file from frontend/. Installable on a phone or desktop
 * (a web app manifest, icons made from META-INF/resources/icons/icon.png, and offline.html when there is no network).
 * Every view's components are loaded with the first page: the production build splits them by route, found by
 * following the routes' code, and the panels and tabs that modules contribute as beans are not on that path (the
 * assembly page's scan upload was a bare, dead {@code vaadin-upload} until a page that uses one had been opened).
 * A component that only such a panel uses would not be in the build at all: every web component the app uses is
 * named here ({@code @Uses}), which {@code FrontendBundleTest} checks.
 */
@LoadDependenciesOnStartup
@Uses(AppLayout.class) @Uses(DrawerToggle.class) @Uses(Button.class) @Uses(Checkbox.class) @Uses(CheckboxGroup.class)
@Uses(ComboBox.class) @Uses(MultiSelectComboBox.class) @Uses(ConfirmDialog.class) @Uses(DatePicker.class)
@Uses(Details.class) @Uses(Dialog.class) @Uses(FormLayout.class) @Uses(Grid.class) @Uses(Icon.class)
@Uses(LoginForm.class) @Uses(MenuBar.class) @Uses(Notification.class) @Uses(HorizontalLayout.class)
@Uses(VerticalLayout.class) @Uses(RadioButtonGroup.class) @Uses(Select.class) @Uses(SideNav.class)
@Uses(SideNavItem.class) @Uses(Tab.class) @Uses(TabSheet.class) @Uses(Tabs.class) @Uses(EmailField.class)
@Uses(IntegerField.class) @Uses(PasswordField.class) @Uses(TextArea.class) @Uses(TextField.class)
@Uses(TimePicker.class) @Uses(Upload.class)
@PWA(name = "Hội nghị viên chức, người lao động", shortName = "Hội nghị",
        description = "Tổ chức hội nghị viên chức, người lao động của trường học theo quy trình",
        themeColor = "#1a56c4", backgroundColor = "#ffffff", offlinePath = "offline.html")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
