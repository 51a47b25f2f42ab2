package com.spakiosk.transfer.ui;

import com.spakiosk.base.SpaProperties;
import com.spakiosk.base.ui.StaffLayout;
import com.spakiosk.security.Roles;
import com.spakiosk.transfer.MenuTransfer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Export and import of the whole menu and screening: the download of one JSON document, and the
 * upload of one, which is checked and summarised first (what it creates, changes and retires, the
 * coming bookings it touches) and imported only when the manager says so.
 */
@Route(value = "manage/menu/transfer", layout = StaffLayout.class)
@RolesAllowed(Roles.MANAGER)
public class MenuTransferView extends Main implements HasDynamicTitle {

    private final MenuTransfer transfer;
    private final Clock clock;
    private final ZoneId zone;
    private final Upload upload;
    private final Div result = new Div();

    MenuTransferView(MenuTransfer transfer, Clock clock, SpaProperties spa) {
        this.transfer = transfer;
        this.clock = clock;
        this.zone = spa.zone();
        addClassNames("staff-page", "manage-transfer");
        var back = new Anchor("manage/menu", getTranslation("transfer.back"));
        back.addClassName("manage-back");
        add(back, new H1(getTranslation("transfer.title")));

        var download = new Anchor(downloadHandler(), AttachmentType.DOWNLOAD, getTranslation("transfer.download"));
        download.addClassName("manage-transfer__download");
        var export = new Section(new H2(getTranslation("transfer.export.title")),
                new Paragraph(getTranslation("transfer.export.intro")), download);
        export.addClassName("manage-transfer__part");

        upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> check(data)))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MenuTransfer.MAX_BYTES);
        upload.setI18n(uploadTexts());
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("transfer.upload.drop")));
        upload.addFileRejectedListener(e -> show(new Paragraph(getTranslation("transfer.upload.rejected",
                MenuTransfer.MAX_BYTES / 1024))));
        upload.getElement().setAttribute("aria-label", getTranslation("transfer.upload.add"));
        var importPart = new Section(new H2(getTranslation("transfer.import.title")),
                new Paragraph(getTranslation("transfer.import.intro")), upload, result);
        importPart.addClassName("manage-transfer__part");
        result.addClassName("manage-transfer__result");
        result.getElement().setAttribute("aria-live", "polite");
        add(export, importPart);
    }

    /** The spa's menu now, named with today's date in the spa's zone. */
    private DownloadHandler downloadHandler() {
        return event -> {
            byte[] json = transfer.exportJson();
            event.setFileName(fileName(LocalDate.now(clock.withZone(zone))));
            event.setContentType("application/json");
            event.setContentLength(json.length);
            event.getOutputStream().write(json);
        };
    }

    static String fileName(LocalDate day) {
        return "spa-menu-" + day + ".json";
    }

    /** Checks an uploaded document and shows what an import would do; nothing is written yet. */
    void check(byte[] json) {
        upload.clearFileList();
        show(new ImportCheckPanel(transfer.check(json), transfer, zone, () -> result.removeAll()));
    }

    private void show(com.vaadin.flow.component.Component content) {
        result.removeAll();
        result.add(content);
    }

    private UploadI18N uploadTexts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("transfer.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("transfer.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("transfer.upload.one"))
                .setFileIsTooBig(getTranslation("transfer.upload.rejected", MenuTransfer.MAX_BYTES / 1024))
                .setIncorrectFileType(getTranslation("transfer.upload.json")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.title");
    }

}
