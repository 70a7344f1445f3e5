-- When a collection was recorded (its event's time): on the day of a handover, the officers report credits it to whoever
-- held the case then (DrillDown.monthWorkByOfficer). Collections stored before have none and go, on such a day, to the
-- later holder as before; a rebuild fills it.
alter table case_collection add column occurred_at timestamptz;
