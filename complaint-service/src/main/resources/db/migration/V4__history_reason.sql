-- Every history entry (platform HistoryEntry) may say why, as a case's does.
alter table complaint_history add column reason text;
