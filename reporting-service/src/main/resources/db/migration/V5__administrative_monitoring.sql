-- Administrative judgments monitored (issue 16, item 8): complied, compelled by a court decision and
-- reported to the higher authority in the year, beside the civil figures.
alter table agency_day_figures add column administrative_complied bigint not null default 0,
    add column administrative_compelled bigint not null default 0, add column administrative_reported bigint not null default 0;
alter table agency_month_figures add column administrative_complied bigint not null default 0,
    add column administrative_compelled bigint not null default 0, add column administrative_reported bigint not null default 0;
alter table province_day_figures add column administrative_complied bigint not null default 0,
    add column administrative_compelled bigint not null default 0, add column administrative_reported bigint not null default 0;
alter table province_month_figures add column administrative_complied bigint not null default 0,
    add column administrative_compelled bigint not null default 0, add column administrative_reported bigint not null default 0;
