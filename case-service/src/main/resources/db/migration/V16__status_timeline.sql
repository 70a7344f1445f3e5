-- The case's statuses by business date ("RECEIVED@2025-10-06;HAS_CONDITIONS@2025-11-20;SUSPENDED@2025-12-10;..."): an
-- enforcement action that needs conditions, a coercion plan and its approval are dated on a day the case had them, so
-- that none is recorded on a day it was paused or had no conditions, while one done before a pause can still be
-- recorded late. Cases whose status last changed before this version have none, and are checked against today's
-- status only, as before.
alter table enforcement_case add column status_timeline text;
