-- The body area HIP meant two things: the hip joint that a classical session works, and the
-- hips as a body shape that an anti-cellulite massage kneads. It becomes two: HIP_JOINT and HIPS.
-- Anti-cellulite treatments (and their steps) meant the hips; add-ons lie on the body's surface,
-- so theirs are the hips too; every other HIP was the joint. A screening rule on HIP covered
-- whatever the word meant, so it now covers both.
update treatment_body_area set body_area = 'HIPS'
 where body_area = 'HIP' and treatment_id in (select id from treatment where category = 'ANTI_CELLULITE');
update treatment_body_area set body_area = 'HIP_JOINT' where body_area = 'HIP';

update protocol_step set body_area = 'HIPS'
 where body_area = 'HIP' and treatment_id in (select id from treatment where category = 'ANTI_CELLULITE');
update protocol_step set body_area = 'HIP_JOINT' where body_area = 'HIP';

update add_on_body_area set body_area = 'HIPS' where body_area = 'HIP';

insert into contraindication_rule (question_id, scope, treatment_id, add_on_id, body_area, verdict, reason)
select question_id, scope, treatment_id, add_on_id, 'HIPS', verdict, reason
  from contraindication_rule where body_area = 'HIP';
update contraindication_rule set body_area = 'HIP_JOINT' where body_area = 'HIP';
