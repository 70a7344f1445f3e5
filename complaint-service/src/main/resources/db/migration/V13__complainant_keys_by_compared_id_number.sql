-- A complainant's ID number is compared without its separators and in capitals (ComplaintService.identityNumberAsCompared):
-- compared as typed, "C 123.4567" and "c1234567" were two complainants, and the same person writing again was nobody's
-- repeat (review of session 26). The stored keys are made alike.
update complaint
   set complainant_key = 'id:' || upper(regexp_replace(complainant_id_number, '[[:space:]./()-]', '', 'g'))
 where complainant_key like 'id:%'
   and complainant_id_number is not null
   and complainant_key <> 'id:' || upper(regexp_replace(complainant_id_number, '[[:space:]./()-]', '', 'g'));
