create table scheme_platform_later (id integer primary key);
