-- Steering committee directions and coercion plans (issue 16, item 6) and the assets' stage that the
-- pipelines read (item 5).
create table case_direction (
    id             uuid primary key,
    case_id        uuid          not null references enforcement_case (id),
    directed_on    date          not null,
    directing_body varchar(300)  not null,
    content        varchar(4000) not null,
    deadline       date          not null,
    outcome        varchar(4000),
    resolved_on    date,
    recorded_by    varchar(100)  not null,
    recorded_at    timestamptz   not null,
    check (deadline >= directed_on),
    check (resolved_on is null or resolved_on >= directed_on)
);
create index case_direction_case on case_direction (case_id);
create index case_direction_open on case_direction (case_id) where resolved_on is null;

create table case_coercion_plan (
    id             uuid primary key,
    case_id        uuid          not null references enforcement_case (id),
    planned_for    date          not null,
    content        varchar(4000) not null,
    status         varchar(20)   not null,
    proposed_on    date          not null,
    proposed_by    varchar(100)  not null,
    approved_on    date,
    approved_by    varchar(100),
    carried_out_on date
);
create index case_coercion_plan_case on case_coercion_plan (case_id, status);

alter table enforcement_case add column asset_stage varchar(20);
-- cases recorded before: the stage their last asset action left
update enforcement_case c set asset_stage = (
    select case a.type when 'SEIZURE' then 'SEIZED' when 'VALUATION' then 'VALUED'
                       when 'AUCTION' then case a.auction_result when 'SOLD' then 'SOLD' else 'AUCTION_UNSOLD' end
                       else 'HANDED_OVER' end
    from case_action a where a.case_id = c.id and a.type in ('SEIZURE', 'VALUATION', 'AUCTION', 'ASSET_HANDOVER')
    order by a.action_date desc, a.recorded_at desc limit 1);
create index enforcement_case_asset_stage on enforcement_case (asset_stage) where asset_stage is not null;
