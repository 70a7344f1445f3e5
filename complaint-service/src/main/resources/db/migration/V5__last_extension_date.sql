-- The day the last extension of a denunciation was decided: the next one is not dated before it (the due dates the
-- statistics read by date would otherwise run backwards).
alter table complaint add column last_extended_on date;
