package com.spakiosk.booking;

import com.spakiosk.base.Money;
import com.spakiosk.base.SpaProperties;
import com.spakiosk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The till's view of a day: what checkout took, by payment method, in one aggregate query. */
@Service
public class TakingsService {

    @PersistenceContext
    private EntityManager em;

    private final SpaProperties spa;

    TakingsService(SpaProperties spa) {
        this.spa = spa;
    }

    /**
     * The payments recorded at checkout on {@code date} (in the spa's zone; the time of payment
     * counts, as for a till), by method, with every method present (zero when none).
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    public DayTakings day(LocalDate date) {
        Currency currency = spa.currency();
        Map<PaymentMethod, Money> byMethod = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            byMethod.put(method, Money.zero(currency));
        }
        Money total = Money.zero(currency);
        Money discounts = Money.zero(currency);
        long payments = 0;
        var rows = em.createQuery("""
                        select b.payment.paymentMethod, sum(b.payment.paidAmount), sum(b.payment.discountAmount), count(b)
                        from Booking b
                        where b.payment.paidAt >= :start and b.payment.paidAt < :end
                        group by b.payment.paymentMethod""", Object[].class)
                .setParameter("start", date.atStartOfDay(spa.zone()).toInstant())
                .setParameter("end", date.plusDays(1).atStartOfDay(spa.zone()).toInstant())
                .getResultList();
        for (Object[] row : rows) {
            Money paid = new Money((BigDecimal) row[1], currency);
            byMethod.put((PaymentMethod) row[0], paid);
            total = total.plus(paid);
            discounts = discounts.plus(new Money((BigDecimal) row[2], currency));
            payments += (Long) row[3];
        }
        return new DayTakings(date, byMethod, total, discounts, payments);
    }
}
