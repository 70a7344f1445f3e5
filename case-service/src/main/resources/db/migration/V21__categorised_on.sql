-- The date of the head's decision that last changed a case's categories (session 32): the reports date a change by it,
-- not by when it was recorded, and a later change is not dated before it. Null: never changed, or changed before.
alter table enforcement_case add column categorised_on date;
