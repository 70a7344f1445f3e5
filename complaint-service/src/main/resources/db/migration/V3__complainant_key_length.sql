-- The key is "name:" + the folded name, and a name may have 300 characters: it did not fit.
alter table complaint alter column complainant_key type varchar(320);
