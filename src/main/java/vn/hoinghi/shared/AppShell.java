package vn.hoinghi.shared;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus the app's own stylesheet, served as a static file from frontend/. Installable on a phone or desktop
 * (a web app manifest, icons made from META-INF/resources/icons/icon.png, and offline.html when there is no network).
 */
@PWA(name = "Hội nghị viên chức, người lao động", shortName = "Hội nghị",
        description = "Tổ chức hội nghị viên chức, người lao động của trường học theo quy trình",
        themeColor = "#1a56c4", backgroundColor = "#ffffff", offlinePath = "offline.html")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
