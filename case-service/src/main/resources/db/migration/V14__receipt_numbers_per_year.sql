-- A receipt number is unique per agency and calendar year of the receipt, not for ever: a receipt series carries its
-- year and its numbers start again (the THADS receipt forms of Thông tư 91/2010/TT-BTC; numbering from 1 each year as
-- for invoices, Nghị định 123/2020/NĐ-CP art. 10). An agency that types the series with the number loses nothing.
alter table case_collection drop constraint case_collection_agency_code_receipt_number_key;
alter table case_collection add column collected_year integer generated always as (extract(year from collected_on)::integer) stored;
alter table case_collection add constraint case_collection_receipt_per_year unique (agency_code, collected_year, receipt_number);
