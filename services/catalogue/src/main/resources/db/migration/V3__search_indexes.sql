-- Search filters that narrow most get an index each, so a search reads only what can match:
-- a university's occasions by date, a subject's courses, and a course's published occasions by date.
create index occasion_university_search_idx on occasion (university, status, start_date);
create index course_subject_idx on course (lower(subject));
drop index occasion_course_idx;
create index occasion_course_idx on occasion (course_id, status, start_date);
