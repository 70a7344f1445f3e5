-- Names kept and folded before session 24 kept what a pasted name carries unseen: no-break and other spaces,
-- zero-width spaces, a right-to-left override, control characters (VietnameseText.visible now drops formatting
-- characters and makes every run of spaces one space; the requests refuse control characters). A debtor so named was
-- published on the list of debtors without conditions, and no search found them: the search folds what the user types,
-- with plain spaces. Only the parties holding such a character are written again.
create temporary table pasted_party on commit drop as
select id, case_id from case_party
 where name ~ '[\u0085\u00A0\u00AD\u061C\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uFEFF]'
    or name ~ '[\u0001-\u001F\u007F-\u009F]|  ';

update case_party p
   set name = btrim(regexp_replace(regexp_replace(p.name, '[\u0001-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'),
                                   '[\s\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'), ' '),
       name_search = btrim(regexp_replace(regexp_replace(p.name_search, '[\u0001-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'),
                                          '[\s\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'), ' ')
 where p.id in (select id from pasted_party);

update enforcement_case c set debtor_names = coalesce((select string_agg(p.name_search, chr(10) order by p.position)
    from case_party p where p.case_id = c.id and p.role = 'DEBTOR'), '')
 where c.id in (select case_id from pasted_party);
