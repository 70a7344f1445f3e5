-- The date of the asset action that set a case's asset stage: an action recorded late, dated before it, no longer
-- moves the stage (a seizure typed in after the valuation that followed it left the case "seized, not valued").
alter table enforcement_case add column asset_stage_on date;
update enforcement_case c set asset_stage_on = (
    select max(a.action_date) from case_action a
    where a.case_id = c.id and a.type in ('SEIZURE', 'VALUATION', 'AUCTION', 'ASSET_HANDOVER'))
where c.asset_stage is not null;
