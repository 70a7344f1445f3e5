-- A closed period signs the complaint statistics of its unit too (domain.md §6: every figure of a period is signed), from
-- the work year's start to the as-of date, as JSON; part of the digest. Periods closed before have none (null).
alter table signed_period add column complaints text;
-- A random salt in their digest, never shown: the digest is shown to readers from whom the repeat count is withheld, and
-- every other input of it is shown too, so without it a reader could hash each candidate count until one matched.
alter table signed_period add column complaints_salt text;
