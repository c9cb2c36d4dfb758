-- The course fields a search filters and sorts on, copied onto each occasion, so a page of the public search is read
-- from one covering index in the order it is shown (start date, title, id) without joining or sorting every match.
-- Triggers keep the copies equal to the course: set when an occasion is written, rewritten when a course changes.
alter table occasion
    add column course_title    varchar(200),
    add column course_subject  varchar(100),
    add column course_language varchar(2);

update occasion o
set course_title = c.title, course_subject = lower(c.subject), course_language = c.language
from course c
where c.id = o.course_id;

alter table occasion
    alter column course_title set not null,
    alter column course_subject set not null,
    alter column course_language set not null;

create function occasion_copy_course() returns trigger language plpgsql as $$
begin
    select c.title, lower(c.subject), c.language
    into new.course_title, new.course_subject, new.course_language
    from course c
    where c.id = new.course_id;
    return new;
end;
$$;

create trigger occasion_copy_course
    before insert on occasion
    for each row execute function occasion_copy_course();
-- Only when the course really changes: an update names every column, and seat counts change all the time.
create trigger occasion_copy_new_course
    before update of course_id on occasion
    for each row when (old.course_id is distinct from new.course_id)
    execute function occasion_copy_course();

create function course_copy_to_occasions() returns trigger language plpgsql as $$
begin
    update occasion
    set course_title = new.title, course_subject = lower(new.subject), course_language = new.language
    where course_id = new.id;
    return null;
end;
$$;

create trigger course_copy_to_occasions
    after update of title, subject, language on course
    for each row
    when (old.title is distinct from new.title or old.subject is distinct from new.subject
          or old.language is distinct from new.language)
    execute function course_copy_to_occasions();

-- Published occasions in the order the search shows them, with every column a filter reads, so a page (however deep)
-- and the early-stopping count are index-only scans.
create index occasion_listing_idx on occasion (start_date, course_title, id)
    include (course_id, university, delivery_mode, course_language, course_subject)
    where status = 'PUBLISHED';
-- A course's occasions, with the columns filters read, so counting the occasions of the courses a text matches is
-- index-only too.
drop index occasion_course_idx;
create index occasion_course_idx on occasion (course_id, status, start_date)
    include (university, delivery_mode, course_language, course_subject);
-- A subject's published occasions, for counting them without walking the whole listing.
create index occasion_subject_idx on occasion (course_subject, start_date) where status = 'PUBLISHED';
