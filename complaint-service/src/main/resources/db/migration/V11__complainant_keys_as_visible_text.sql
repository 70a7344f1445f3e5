-- A complainant named without an ID number is matched to their earlier petitions by the folded name (the repeat key,
-- "name:" + VietnameseText.folded). Since session 24 the fold drops formatting characters (a zero-width space, a
-- right-to-left override) and makes every run of spaces of any kind one space, so a name pasted with a no-break space
-- folds as the same name typed: the keys stored before are folded again the same way, or a repeat by such a name would
-- not be recognised. Keys by ID number are left as they are; only the keys holding such a character are written again.
update complaint
   set complainant_key = 'name:' || btrim(regexp_replace(regexp_replace(substr(complainant_key, 6),
           '[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'),
           '[\s\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'), ' ')
 where complainant_key like 'name:%'
   and substr(complainant_key, 6) ~ '[\u0085\u00A0\u00AD\u061C\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uFEFF]|^\s|\s$|\s\s|[\t\n\r\u000B\u000C]';
