-- Closed courses and occasions: made for one employer after an awarded inquiry, seen only by that employer and the
-- university (never in the public search, the sitemap or JSON-LD), and orderable only under the awarded agreement.
alter table course add column closed_to varchar(10);
alter table occasion
    add column closed_to        varchar(10),
    add column closed_agreement uuid,
    add check ((closed_to is null) = (closed_agreement is null));

-- The public search reads only open occasions: its partial indexes say so, so a page stays an index-only walk.
drop index occasion_listing_idx;
create index occasion_listing_idx on occasion (start_date, course_title, id)
    include (course_id, university, delivery_mode, course_language, course_subject)
    where status = 'PUBLISHED' and closed_to is null;
drop index occasion_subject_idx;
create index occasion_subject_idx on occasion (course_subject, start_date)
    where status = 'PUBLISHED' and closed_to is null;
drop index occasion_course_idx;
create index occasion_course_idx on occasion (course_id, status, start_date)
    include (university, delivery_mode, course_language, course_subject, closed_to);
-- The few closed occasions of an employer.
create index occasion_closed_idx on occasion (closed_to, start_date) where closed_to is not null;
