-- QueryTimeoutTest: a migration step longer than the requests' statement timeout (1 s in that test).
select pg_sleep(1.5);
