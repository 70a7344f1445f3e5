-- The date of the head's decision that last changed a case's categories (session 32): the reports date a change by it,
-- not by when it was recorded, and a later change is not dated before it. A change recorded before this carried no
-- decision date and the reports date it by the day it was recorded, in Vietnam: that day is its date here too, or a
-- later change could be dated before it and the reports would end with other categories than the case.
alter table enforcement_case add column categorised_on date;

update enforcement_case e
   set categorised_on = h.recorded_on
  from (select case_id, max((at at time zone 'Asia/Ho_Chi_Minh')::date) as recorded_on
          from case_history
         where action = 'RECATEGORISED'
         group by case_id) h
 where h.case_id = e.id;
