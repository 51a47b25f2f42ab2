package com.spakiosk.transfer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.spakiosk.KaribuTest;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.menu.BookingsDecision;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.TreatmentEditor;
import com.spakiosk.transfer.MenuTransfer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The export and import page: the download, an upload checked and summarised first, the import
 * on "Import", and refusals shown calmly with nothing changed.
 */
@WithMockUser(username = "mia.manager", roles = "MANAGER")
class MenuTransferViewTest extends KaribuTest {

    @Autowired MenuTransfer transfer;
    @Autowired TreatmentEditor treatments;
    @Autowired MenuService menu;
    @Autowired Clock clock;
    @Autowired SpaProperties spa;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(MenuTransferView.class);
    }

    void upload(String json) {
        UploadKt._upload(_get(Upload.class), "menu.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
    }

    String exported() {
        return new String(transfer.exportJson(), StandardCharsets.UTF_8);
    }

    /** The document with the first treatment's first price raised by three. */
    static String withFirstPriceRaised(String json) {
        Matcher price = Pattern.compile("\"price\" : (\\d+\\.\\d+)").matcher(json);
        assertThat(price.find()).isTrue();
        String raised = new BigDecimal(price.group(1)).add(new BigDecimal(3)).toPlainString();
        return json.substring(0, price.start(1)) + raised + json.substring(price.end(1));
    }

    @Test
    void the_menu_page_links_to_export_and_import() {
        UI.getCurrent().navigate("manage/menu");
        assertThat(_get(Anchor.class, spec -> spec.withText("Export or import the menu")).getHref())
                .isEqualTo("manage/menu/transfer");
    }

    @Test
    void the_download_is_the_spas_menu_as_json_named_with_todays_date() throws Exception {
        Anchor download = _get(Anchor.class, spec -> spec.withText("Download the menu (JSON)"));
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(download.getHref()))
                .orElseThrow();
        var response = mock(VaadinResponse.class);
        var body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);

        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), download.getElement()));

        String today = LocalDate.now(clock.withZone(spa.zone())).toString();
        verify(response).setHeader(eq("Content-Disposition"), contains("spa-menu-" + today + ".json"));
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(exported())
                .contains("\"kind\" : \"spa-kiosk-menu\"", "\"currency\" : \"EUR\"", "\"code\" : \"RELAXING_FOOT\"");
    }

    @Test
    void the_spas_own_export_uploaded_says_there_is_nothing_to_change() {
        upload(exported());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("manage-transfer__nothing")).getText())
                .isEqualTo("This spa already has exactly this menu: nothing to change.");
        assertThat(_find(Button.class, spec -> spec.withText("Import"))).isEmpty();
    }

    @Test
    void a_new_price_is_shown_before_it_is_imported_and_imported_on_import() {
        long id = treatments.treatments().getFirst().id();
        var before = treatments.treatment(id);
        var first = before.variants().getFirst();
        upload(withFirstPriceRaised(exported()));

        assertThat(_get(Paragraph.class, spec -> spec.withText("Nothing has changed yet. Importing this file would:")))
                .isNotNull();
        String expected = "variant." + first.minutes() + ".price: " + first.price().amount().toPlainString() + " → "
                + first.price().amount().add(new BigDecimal(3)).toPlainString();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(expected);
        assertThat(treatments.treatment(id).version()).isEqualTo(before.version());

        _click(_get(Button.class, spec -> spec.withText("Import")));
        try {
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("manage-transfer__done")).getText())
                    .startsWith("Imported.");
            assertThat(treatments.treatment(id).variants().getFirst().price().amount())
                    .isEqualByComparingTo(first.price().amount().add(new BigDecimal(3)));
            assertThat(treatments.history(id).getFirst().getChangedBy()).isEqualTo("mia.manager");
        } finally {
            treatments.changePrice(id, treatments.treatment(id).version(), first.id(), first.price().amount());
        }
    }

    @Test
    void an_empty_menu_would_retire_everything_listing_the_coming_bookings_and_discard_changes_nothing() {
        String empty = "{ \"kind\" : \"spa-kiosk-menu\", \"format\" : 1, \"currency\" : \"EUR\" }";
        var check = transfer.check(empty.getBytes(StandardCharsets.UTF_8));
        assertThat(check.affected()).isNotEmpty();
        var before = treatments.treatments().stream().map(r -> r.code() + " " + r.active() + " " + r.version()).toList();

        upload(empty);

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("take " + check.summary().retired().size()
                + " off the menu (kept for their bookings, never deleted):", "Coming bookings affected: "
                + check.affected().size() + ". They keep their price and minutes.");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(t -> t.contains(check.affected().getFirst().referenceCode()));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<BookingsDecision> decision = _get(RadioButtonGroup.class);
        assertThat(decision.getValue()).isEqualTo(BookingsDecision.KEEP);

        _click(_get(Button.class, spec -> spec.withText("Discard")));
        assertThat(_find(Button.class, spec -> spec.withText("Import"))).isEmpty();
        assertThat(treatments.treatments().stream().map(r -> r.code() + " " + r.active() + " " + r.version()))
                .containsExactlyElementsOf(before);
    }

    @Test
    void a_file_that_is_no_menu_is_refused_with_its_problems_and_changes_nothing() {
        upload("{ \"kind\" : \"spa-kiosk-menu\", \"format\" : 1, ");
        var alert = _get(Paragraph.class, spec -> spec.withClasses("manage-problem"));
        assertThat(alert.getText()).isEqualTo("The file cannot be imported (1 problems). Nothing has changed.");
        assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(t -> t.startsWith("The file: The file is not a readable menu file (line"));
    }

    @Test
    void a_menu_in_another_currency_is_refused_naming_both() {
        upload(exported().replace("\"currency\" : \"EUR\"", "\"currency\" : \"CHF\""));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("The file · currency: The prices are "
                + "in CHF, this spa's in EUR. Prices are not converted: change them in the file or import into a spa "
                + "with that currency.");
        assertThat(_find(Button.class, spec -> spec.withText("Import"))).isEmpty();
    }

    @Test
    void an_import_after_another_manager_changed_the_menu_is_refused_calmly_and_changes_nothing() {
        long id = treatments.treatments().getFirst().id();
        var first = treatments.treatment(id).variants().getFirst();
        upload(withFirstPriceRaised(exported()));
        // Another manager changes the same treatment before this one presses Import.
        treatments.changePrice(id, treatments.treatment(id).version(), first.id(), first.price().amount().add(BigDecimal.ONE));
        try {
            _click(_get(Button.class, spec -> spec.withText("Import")));
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("manage-problem")).getText())
                    .isEqualTo("The file cannot be imported (1 problems). Nothing has changed.");
            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.contains("mia.manager"));
            assertThat(treatments.treatment(id).variants().getFirst().price().amount())
                    .isEqualByComparingTo(first.price().amount().add(BigDecimal.ONE));
        } finally {
            treatments.changePrice(id, treatments.treatment(id).version(), first.id(), first.price().amount());
        }
    }
}
