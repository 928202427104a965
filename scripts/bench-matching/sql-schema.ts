// The tables of the SQL baseline, shaped for the candidate query: one row per worker with the scalar facts, and
// normalised side tables for what a worker has many of (merged permit spans, merged availability windows,
// skills with their credit, languages with their level's rank, occupations with their ISCO groups,
// certificates with their validity). Days are day numbers; open ends are the int range's ends.

/** An open end of a validity interval (Infinity / -Infinity in the core), stored in an int column. */
export const FOREVER = 2_147_483_647;
export const SINCE_EVER = -2_147_483_648;

export const CREATE_TABLES = `
create table workers (
  w int primary key, id uuid not null unique,
  lat float8, lon float8, relocates boolean not null,
  licence_until int, sector_mask int not null, min_pay_cents int, needs_housing boolean not null
);
create table worker_permits (w int not null, from_day int not null, to_day int not null);
create table worker_windows (w int not null, from_day int not null, to_day int not null);
create table worker_skills (w int not null, skill int not null, credit float8 not null, ord int not null);
create table worker_languages (w int not null, language int not null, rank int not null);
create table worker_occupations (w int not null, occupation int not null, unit_group int, minor_group int, years float8 not null);
create table worker_certificates (w int not null, kind int not null, from_day int not null, to_day int not null);
create table offers (
  o int primary key, id uuid not null unique, occupation int not null, unit_group int, minor_group int,
  start_day int not null, end_day int not null, pay_cents int not null, pay_unit text not null, hours_per_week float8 not null,
  pieces_per_hour float8, housing boolean not null, sector_bit int not null, lat float8, lon float8,
  min_years float8 not null, licence_required boolean not null
);
create table offer_skills (o int not null, skill int not null, ord int not null);
create table offer_languages (o int not null, language int not null, rank int not null, ord int not null);
create table offer_certificates (o int not null, kind int not null);
create table occupation_skills (occupation int not null, skill int not null, factor float8 not null);
`;

/** Indexes for every access path the query takes; built after the load, then ANALYZE. */
export const CREATE_INDEXES = `
create index on worker_permits (from_day, to_day) include (w);
create index on worker_windows (from_day, to_day) include (w);
create index on worker_windows (w);
create index on worker_skills (skill) include (w, credit, ord);
create index on worker_skills (w);
create index on worker_languages (language) include (w, rank);
create index on worker_occupations (minor_group) include (w, occupation, unit_group, years);
create index on worker_occupations (occupation) include (w, unit_group, minor_group, years);
create index on worker_certificates (w, kind) include (from_day, to_day);
create index on offer_skills (o);
create index on offer_languages (o);
create index on offer_certificates (o);
create index on occupation_skills (occupation);
analyze;
`;
