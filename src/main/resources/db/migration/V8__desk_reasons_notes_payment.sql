-- Why a booking was cancelled or marked a no-show (a preset reason and the clerk's words).
alter table booking add column status_reason varchar(200);

-- The desk's own note on a booking (what the guest asked for at the counter); not shown to guests.
alter table booking add column desk_note varchar(1000);

-- Checkout: how a completed session was paid, and any discount with its reason.
-- amount paid = price - discount; the service checks it, the database keeps it honest.
alter table booking add column payment_method varchar(10);
alter table booking add column discount_amount numeric(10,2);
alter table booking add column discount_reason varchar(200);
alter table booking add column paid_amount numeric(10,2);
alter table booking add column paid_at timestamp with time zone;
alter table booking add constraint booking_payment_method
    check (payment_method is null or payment_method in ('CASH', 'CARD', 'VOUCHER'));
alter table booking add constraint booking_payment_amounts
    check (payment_method is null
           or (discount_amount >= 0 and discount_amount <= price_amount
               and paid_amount = price_amount - discount_amount and paid_at is not null));
create index booking_paid_at on booking (paid_at);
