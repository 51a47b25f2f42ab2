/**
 * The manager's pages for rooms, equipment and room maintenance blocks. The rooms and equipment
 * themselves live in {@code staff}; what a change does to bookings is checked in {@code booking}.
 * This package holds only the views that bring the two together (staff may not depend on bookings).
 */
package com.spakiosk.rooms;
