package vn.hoinghi.shared;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus the app's own stylesheet, served as a static file from frontend/ (no npm needed). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
