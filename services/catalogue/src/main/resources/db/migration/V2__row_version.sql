-- Every service names its optimistic-lock column row_version (agreements use "version" for their terms).
alter table course rename column version to row_version;
alter table occasion rename column version to row_version;
