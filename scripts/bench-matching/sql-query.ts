// The SQL baseline's candidate query: the eligible workers of one offer (the hard rules as joins and NOT EXISTS)
// and the same soft score as scoreMatch, computed with the same floating-point operations in the same order
// (sums of skill credits in the order the scorer adds them), rounded per criterion as criterionPoints does,
// ordered by score then worker id. The scorer's constants are written into the text, so they cannot drift.
import { FULL_CREDIT_KM, MOBILE_DISTANCE_FACTOR, UNKNOWN_DISTANCE_CREDIT, ZERO_CREDIT_KM } from "../../src/core/matching/distance.js";
import { NO_EXPERIENCE_REQUIRED_FLOOR, RELATION_CREDIT } from "../../src/core/matching/experience.js";
import { ONE_LEVEL_BELOW_CREDIT } from "../../src/core/matching/languages.js";
import { WEEKS_PER_MONTH, WORKING_DAYS_PER_WEEK } from "../../src/core/matching/pay.js";
import {
  ACCOMMODATION_PREFERENCE_SHARE,
  PAY_PREFERENCE_SHARE,
  SECTOR_PREFERENCE_SHARE,
  UNKNOWN_PAY_CREDIT,
} from "../../src/core/matching/preferences.js";
import { OCCUPATION_SKILLS_FOR_FULL_CREDIT, OCCUPATION_SKILLS_SHARE, OPTIONAL_SKILL_FACTOR } from "../../src/core/matching/skills.js";
import { SOFT_CRITERION_WEIGHTS as WEIGHT } from "../../src/core/matching/weights.js";

/** haversineKm's mean Earth radius (distance.ts keeps it private). */
const EARTH_RADIUS_KM = 6371.0088;

/** A number as a float8 literal: JavaScript's shortest round-trip form, so SQL reads the very same double. */
const f = (value: number) => `(${value})::float8`;

/**
 * Math.round(credit × weight) for a credit bounded to 0..1 (criterionPoints): floor, plus one from a half up.
 * `x - floor(x)` is exact for these magnitudes, so halves compare exactly as JavaScript rounds them.
 */
export const CREATE_POINTS_FUNCTION = `
create function points(credit float8, weight int) returns int language sql immutable parallel safe as $$
  select (floor(least(1::float8, greatest(0::float8, credit)) * weight)
    + ((least(1::float8, greatest(0::float8, credit)) * weight) - floor(least(1::float8, greatest(0::float8, credit)) * weight) >= 0.5)::int)::int
$$;
`;

/** $1: the offer's number (offers.o); $2: k. Returns id (uuid) and score, best first, ties by id. */
export const TOP_K_QUERY = `
with o as materialized (
  select offers.*,
    end_day - start_day + 1 as offer_days,
    case pay_unit
      when 'hour' then pay_cents::float8
      when 'day' then pay_cents / (hours_per_week / ${f(WORKING_DAYS_PER_WEEK)})
      when 'month' then pay_cents / (hours_per_week * ${f(WEEKS_PER_MONTH)})
      when 'piece' then pay_cents * pieces_per_hour
    end as hourly_cents,
    (select count(*) from offer_languages l where l.o = offers.o) as language_count,
    (select count(*) from offer_skills s where s.o = offers.o) as skill_count
  from offers where o = $1
),
demand as materialized (
  select os.skill, os.factor from occupation_skills os, o
  where os.occupation = o.occupation and not exists (select 1 from offer_skills r where r.o = o.o and r.skill = os.skill)
),
demand_size as materialized (
  select count(*) filter (where factor = 1) + ${f(OPTIONAL_SKILL_FACTOR)} * count(*) filter (where factor <> 1) as available from demand
),
permitted as materialized (
  select distinct p.w from worker_permits p, o where p.from_day <= o.start_day and p.to_day >= o.end_day
),
available as materialized (
  select a.w, sum(least(a.to_day, o.end_day) - greatest(a.from_day, o.start_day) + 1) as days
  from worker_windows a, o where a.from_day <= o.end_day and a.to_day >= o.start_day
  group by a.w
),
eligible as materialized (
  select w.*, available.days
  from workers w join permitted using (w) join available using (w), o
  where (not o.licence_required or w.licence_until >= o.start_day)
    and not exists (
      select 1 from offer_certificates rc
      where rc.o = o.o and not exists (
        select 1 from worker_certificates c
        where c.w = w.w and c.kind = rc.kind and c.from_day <= o.start_day and c.to_day >= o.start_day))
),
required_held as (
  select ws.w, sum(ws.credit order by r.ord) as credit
  from o join offer_skills r on r.o = o.o join worker_skills ws on ws.skill = r.skill
  group by ws.w
),
occupation_held as (
  select ws.w, sum(d.factor * ws.credit order by ws.ord) as earned
  from demand d join worker_skills ws on ws.skill = d.skill
  group by ws.w
),
experience as (
  select wo.w, max(
    case when o.min_years > 0 then closeness * least(1::float8, wo.years / o.min_years)
    else ${f(NO_EXPERIENCE_REQUIRED_FLOOR)} + (1 - ${f(NO_EXPERIENCE_REQUIRED_FLOOR)}) * closeness end) as credit
  from o join worker_occupations wo on wo.occupation = o.occupation or wo.minor_group = o.minor_group
  cross join lateral (
    select case
      when wo.occupation = o.occupation then ${f(RELATION_CREDIT.sameOccupation)}
      when wo.unit_group = o.unit_group then ${f(RELATION_CREDIT.sameUnitGroup)}
      when wo.minor_group = o.minor_group then ${f(RELATION_CREDIT.sameMinorGroup)}
    end as closeness
  ) relation
  group by wo.w
),
spoken as (
  select wl.w, sum(case when r.rank <= wl.rank then 1::float8 when r.rank - wl.rank = 1 then ${f(ONE_LEVEL_BELOW_CREDIT)} else 0::float8 end) as earned
  from o join offer_languages r on r.o = o.o join worker_languages wl on wl.language = r.language
  group by wl.w
),
credits as materialized (
  select e.id,
    e.days::float8 / o.offer_days as availability,
    case when demand_size.available = 0 then required_ratio
      else (1 - ${f(OCCUPATION_SKILLS_SHARE)}) * required_ratio
        + ${f(OCCUPATION_SKILLS_SHARE)} * least(1::float8, coalesce(occupation_held.earned, 0) / least(${f(OCCUPATION_SKILLS_FOR_FULL_CREDIT)}, demand_size.available))
    end as skills,
    coalesce(experience.credit, case when o.min_years > 0 then 0::float8 else ${f(NO_EXPERIENCE_REQUIRED_FLOOR)} end) as experience,
    case when o.language_count = 0 then 1::float8 else coalesce(spoken.earned, 0) / o.language_count end as language,
    case when mobile then 1 - ${f(MOBILE_DISTANCE_FACTOR)} * (1 - commute) else commute end as distance,
    1 - (((0::float8
      + case when e.sector_mask = 0 then 0::float8 else ${f(SECTOR_PREFERENCE_SHARE)} * (1 - ((e.sector_mask & o.sector_bit) <> 0)::int) end)
      + case when e.min_pay_cents is null then 0::float8
          else ${f(PAY_PREFERENCE_SHARE)} * (1 - case when o.hourly_cents is null then ${f(UNKNOWN_PAY_CREDIT)} when o.hourly_cents >= e.min_pay_cents then 1::float8 else 0::float8 end) end)
      + case when e.needs_housing then ${f(ACCOMMODATION_PREFERENCE_SHARE)} * (1 - o.housing::int) else 0::float8 end) as preferences
  from eligible e cross join o cross join demand_size
  left join required_held using (w)
  left join occupation_held using (w)
  left join experience using (w)
  left join spoken using (w)
  cross join lateral (
    select case when o.skill_count = 0 then 1::float8 else coalesce(required_held.credit, 0) / o.skill_count end as required_ratio,
      e.relocates or o.housing as mobile
  ) skills
  cross join lateral (
    select case
      when e.lat is null or o.lat is null then ${f(UNKNOWN_DISTANCE_CREDIT)}
      when km <= ${f(FULL_CREDIT_KM)} then 1::float8
      when km >= ${f(ZERO_CREDIT_KM)} then 0::float8
      else (${f(ZERO_CREDIT_KM)} - km) / (${f(ZERO_CREDIT_KM)} - ${f(FULL_CREDIT_KM)})
    end as commute
    from (
      select 2 * ${f(EARTH_RADIUS_KM)} * asin(least(1::float8, sqrt(sin(d_lat / 2) * sin(d_lat / 2)
        + cos((e.lat * pi()) / 180) * cos((o.lat * pi()) / 180) * (sin(d_lon / 2) * sin(d_lon / 2))))) as km
      from (select ((o.lat - e.lat) * pi()) / 180 as d_lat, ((o.lon - e.lon) * pi()) / 180 as d_lon) delta
    ) haversine
  ) distance
)
select id::text as id,
  points(availability, ${WEIGHT.availability}) + points(skills, ${WEIGHT.skills}) + points(experience, ${WEIGHT.experience})
    + points(language, ${WEIGHT.language}) + points(distance, ${WEIGHT.distance}) + points(preferences, ${WEIGHT.preferences}) as score
from credits
order by score desc, id
limit $2
`;
