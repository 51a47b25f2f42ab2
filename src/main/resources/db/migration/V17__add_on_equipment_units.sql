-- How many units of its equipment type an add-on takes for its part of the session (issue 9):
-- warming stones for both legs may take two heaters. Every add-on so far took one.
alter table add_on add column equipment_units int default 1 not null;
alter table add_on add constraint add_on_equipment_units_range check (equipment_units between 1 and 100);
