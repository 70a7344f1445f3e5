create table scheme_service_table (id integer primary key);
