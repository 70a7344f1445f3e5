-- Breakdowns (issue 17, item 4): each case's kind (EX_OFFICIO / ON_REQUEST) and categories, as
-- the latest event about it reported them (class_at: that event's time). Cases applied before this
-- migration have none until the next rebuild (README "After upgrading").
alter table case_fact add column kind text, add column categories text, add column class_at timestamptz;
