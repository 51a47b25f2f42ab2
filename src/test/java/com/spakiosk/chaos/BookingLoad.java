package com.spakiosk.chaos;

import com.spakiosk.booking.BookingChannel;
import com.spakiosk.booking.BookingException;
import com.spakiosk.booking.BookingService;
import com.spakiosk.booking.Confirmation;
import com.spakiosk.booking.Guest;
import com.spakiosk.booking.HoldOutcome;
import com.spakiosk.booking.HoldRequest;
import com.spakiosk.booking.HoldRequest.AddOnChoice;
import com.spakiosk.booking.AvailabilityService;
import com.spakiosk.booking.SlotSearch;
import com.spakiosk.menu.MenuAddOn;
import com.spakiosk.menu.MenuService;
import com.spakiosk.menu.MenuTreatment;
import com.spakiosk.scheduling.Slot;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Guests at several kiosks at once, through the real services as the kiosk calls them: search
 * the free times of a day, hold one ("any therapist" mostly, sometimes a named one), and
 * confirm it, or walk away and leave the hold to run out. All threads crowd onto the same day
 * until it is full, so that holds race. A booking's code is written to the codes file only after
 * its confirm has returned (one write and an fsync per line): whatever the file names, a guest was
 * told it is booked.
 */
final class BookingLoad {

    /** Share of holds that are left unconfirmed, as a guest who walks away. */
    static final double ABANDONED = 0.2;

    private final BookingService bookings;
    private final AvailabilityService availability;
    private final MenuService menu;
    private final ZoneId zone;
    private final FileOutputStream codes;
    private final String run;
    private final AtomicReference<LocalDate> day;
    private final AtomicInteger confirmed = new AtomicInteger();
    private final Path started;

    BookingLoad(BookingService bookings, AvailabilityService availability, MenuService menu, ZoneId zone,
                Path codesFile, Path started, String run) throws IOException {
        this.bookings = bookings;
        this.availability = availability;
        this.menu = menu;
        this.zone = zone;
        this.codes = new FileOutputStream(codesFile.toFile(), true);
        this.started = started;
        this.run = run;
        this.day = new AtomicReference<>(LocalDate.now(zone).plusDays(1));
    }

    /** Starts the guests as daemon threads; they run until the JVM is killed. */
    void start(int threads, long seed) {
        for (int i = 0; i < threads; i++) {
            int thread = i;
            Thread t = new Thread(() -> guests(thread, new Random(seed + thread)), "chaos-guest-" + i);
            t.setDaemon(true);
            t.start();
        }
    }

    private void guests(int thread, Random random) {
        // A kiosk guest is anonymous: the services see what the kiosk's session shows them.
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("chaos",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (long n = 0; ; n++) {
            try {
                oneGuest(thread + "-" + n, random);
            } catch (BookingException refused) {
                // A calm refusal (say the hold ran out): the next guest.
            } catch (RuntimeException e) {
                System.err.println("chaos guest " + thread + ": " + e);
            } catch (IOException e) {
                // The codes file is the client's memory: without it the run proves nothing.
                System.err.println("chaos guest " + thread + " cannot write the codes file: " + e);
                Runtime.getRuntime().halt(3);
            }
        }
    }

    private void oneGuest(String name, Random random) throws IOException {
        List<MenuTreatment> treatments = menu.activeMenu().stream().filter(MenuTreatment::kioskVisible).toList();
        MenuTreatment treatment = treatments.get(random.nextInt(treatments.size()));
        long variant = treatment.variants().get(random.nextInt(treatment.variants().size())).id();
        List<AddOnChoice> addOns = addOns(treatment, random);
        LocalDate searched = day.get();
        List<Slot> slots = availability.findSlots(new SlotSearch(treatment.id(), variant,
                addOns.stream().map(AddOnChoice::addOnId).toList(), searched.atStartOfDay(zone).toInstant(),
                searched.plusDays(1).atStartOfDay(zone).toInstant(), null, 6));
        if (slots.isEmpty()) {
            day.compareAndSet(searched, searched.plusDays(1)); // full (or closed): everyone moves on
            return;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        boolean named = random.nextInt(10) < 3;
        String owner = "chaos-" + run + "-" + name;
        HoldOutcome outcome = bookings.hold(new HoldRequest(treatment.id(), variant, addOns, slot.start(),
                named ? slot.therapistId() : null, named ? slot.roomId() : null, owner, BookingChannel.KIOSK,
                Set.of(), null));
        if (!(outcome instanceof HoldOutcome.Held held) || random.nextDouble() < ABANDONED) {
            return;
        }
        String phone = "+49151" + (10_000_000 + random.nextInt(89_999_999));
        Confirmation confirmation = bookings.confirm(held.bookingId(), owner, new Guest("Chaos", phone, null), null);
        record(confirmation.referenceCode());
    }

    private List<AddOnChoice> addOns(MenuTreatment treatment, Random random) {
        List<AddOnChoice> chosen = new ArrayList<>();
        for (MenuAddOn addOn : menu.activeAddOns()) {
            if (addOn.allowedTreatmentIds().contains(treatment.id()) && random.nextInt(4) == 0) {
                chosen.add(new AddOnChoice(addOn.id(), addOn.options().isEmpty() ? null : addOn.options().getFirst().code()));
            }
        }
        return chosen;
    }

    /** One write per line, then fsync: a line in the file means the confirm had returned. */
    private synchronized void record(String code) throws IOException {
        codes.write((code + "\n").getBytes(StandardCharsets.US_ASCII));
        codes.getFD().sync();
        if (confirmed.incrementAndGet() == 1) {
            java.nio.file.Files.writeString(started, "load running\n");
        }
    }
}
