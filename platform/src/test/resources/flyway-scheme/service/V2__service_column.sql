alter table scheme_service_table add column name varchar(10);
