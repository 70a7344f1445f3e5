-- The business date from which a case has had its current status (the opening, a verification that changed it, a
-- pause or a resumption): an enforcement action that needs conditions, a coercion plan and its approval are dated
-- within it, so that none is recorded on a day the case was paused or had no conditions. Cases whose status last
-- changed before this version have none, and their actions are checked against today's status only, as before.
alter table enforcement_case add column status_since date;
