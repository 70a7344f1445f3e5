-- The date of the asset action that set a case's asset stage: an action recorded late, dated before it, no longer
-- moves the stage (a seizure typed in after the valuation that followed it left the case "seized, not valued").
-- The stage itself is recomputed as V8 did, from the latest asset action by date: before this, the code moved it
-- in the order actions were recorded.
alter table enforcement_case add column asset_stage_on date;
update enforcement_case c set (asset_stage, asset_stage_on) = (
    select case a.type when 'SEIZURE' then 'SEIZED' when 'VALUATION' then 'VALUED'
                       when 'AUCTION' then case a.auction_result when 'SOLD' then 'SOLD' else 'AUCTION_UNSOLD' end
                       else 'HANDED_OVER' end, a.action_date
    from case_action a where a.case_id = c.id and a.type in ('SEIZURE', 'VALUATION', 'AUCTION', 'ASSET_HANDOVER')
    order by a.action_date desc, a.recorded_at desc limit 1)
where c.asset_stage is not null;
