-- Seed of the award rule sets (issue 7, helper rules) and of the base salary (mức lương cơ sở).
--
-- LTDKT2022-ND98: Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15) with Nghị định 98/2023/NĐ-CP,
-- in force from 2024-01-01. Deciding authorities, recipients, standards and intervals follow the Law
-- (Điều 71 Bằng khen của Thủ tướng, Điều 72 Bằng khen cấp tỉnh, Điều 75 Giấy khen, Điều 26–27 Cờ thi đua,
-- Điều 45 Huân chương Lao động); cash coefficients follow the Decree's table (tập thể = 2 × cá nhân).
-- Council thresholds: 50 % of the total membership for the commune and province forms, 70 % for the
-- Prime Minister's and the President's forms (a chosen default an administrator can replace with a new
-- rule set: POST /api/v1/award-rule-sets).
--
-- ND152-2025: Nghị định 152/2025/NĐ-CP replacing Nghị định 98/2023. Its text could not be confirmed from
-- the sources available while this seed was written: it is seeded as a COPY of LTDKT2022-ND98's rules,
-- effective 2025-07-01 (the date of the two-level local government, from memory, unconfirmed). See
-- docs/awards.md "Rule sets and rounds". A corrected version is a new rule set, never an edit here.
--
-- Nghị định 98 does not let a sáng kiến (initiative) itself receive an award: its authors are nominated
-- as individuals, so no rule lists INITIATIVE among its recipient kinds.

insert into award_rule_set (id, code, name, legal_basis, effective_from, created_at, created_by) values
    ('a2a0e000-0000-4000-8000-000000000001', 'LTDKT2022-ND98',
     'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
     'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
     date '2024-01-01', now(), 'system'),
    ('a2a0e000-0000-4000-8000-000000000002', 'ND152-2025',
     'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
     'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP của Chính phủ (thay thế Nghị định 98/2023/NĐ-CP). Nội dung quy tắc được sao từ bộ LTDKT2022-ND98 do chưa đối chiếu được văn bản gốc.',
     date '2025-07-01', now(), 'system');

insert into award_rule (id, rule_set_id, form_code, deciding_authority, recipient_kinds, standards,
                        min_interval_years, prerequisites, vote_threshold_percent, posting_working_days,
                        cash_coefficients) values
    ('a2a1e000-0000-4000-8000-000000000106', 'a2a0e000-0000-4000-8000-000000000001', 'giay-khen-chu-tich-ubnd-xa',
     'COMMUNE_CHAIRMAN', '["INDIVIDUAL","COLLECTIVE","HOUSEHOLD"]',
     '[{"code":"hoan-thanh-tot-nhiem-vu","text":"Hoàn thành tốt nhiệm vụ, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước","appliesTo":["INDIVIDUAL","COLLECTIVE"]},
       {"code":"thanh-tich-thi-dua","text":"Có thành tích được bình xét trong phong trào thi đua hoặc lập được thành tích đột xuất","appliesTo":[]},
       {"code":"ho-gia-dinh-guong-mau","text":"Gương mẫu chấp hành chủ trương, chính sách, pháp luật; đóng góp công sức, đất đai, tài sản cho địa phương, xã hội","appliesTo":["HOUSEHOLD"]}]',
     0, '[]', 50, 5, '{"INDIVIDUAL":0.3,"HOUSEHOLD":0.3,"COLLECTIVE":0.6}'),
    ('a2a1e000-0000-4000-8000-000000000105', 'a2a0e000-0000-4000-8000-000000000001', 'bang-khen-chu-tich-ubnd-tinh',
     'PROVINCE_CHAIRMAN', '["INDIVIDUAL","COLLECTIVE","HOUSEHOLD"]',
     '[{"code":"thanh-tich-xuat-sac","text":"Có thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh, thành phố phát động","appliesTo":[]},
       {"code":"hai-nam-hoan-thanh-xuat-sac","text":"Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ","appliesTo":["INDIVIDUAL","COLLECTIVE"]},
       {"code":"noi-bo-doan-ket","text":"Nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở","appliesTo":["COLLECTIVE"]}]',
     0, '[{"kind":"CONSECUTIVE_YEARS","formCode":"giay-khen-chu-tich-ubnd-xa","years":2}]',
     50, 5, '{"INDIVIDUAL":1.0,"HOUSEHOLD":1.0,"COLLECTIVE":2.0}'),
    ('a2a1e000-0000-4000-8000-000000000104', 'a2a0e000-0000-4000-8000-000000000001', 'co-thi-dua-ubnd-tinh',
     'PROVINCE_CHAIRMAN', '["COLLECTIVE"]',
     '[{"code":"dan-dau-cum-khoi","text":"Hoàn thành xuất sắc, toàn diện nhiệm vụ, là tập thể tiêu biểu, dẫn đầu cụm, khối thi đua của tỉnh","appliesTo":["COLLECTIVE"]},
       {"code":"noi-bo-doan-ket","text":"Nội bộ đoàn kết, tích cực thực hành tiết kiệm, chống lãng phí, chống tham nhũng","appliesTo":["COLLECTIVE"]}]',
     0, '[{"kind":"REGISTERED"},{"kind":"CLUSTER_RANK_AT_MOST","rank":1}]',
     50, 5, '{"COLLECTIVE":8.0}'),
    ('a2a1e000-0000-4000-8000-000000000103', 'a2a0e000-0000-4000-8000-000000000001', 'bang-khen-thu-tuong',
     'PRIME_MINISTER', '["INDIVIDUAL","COLLECTIVE","HOUSEHOLD"]',
     '[{"code":"da-co-bang-khen-cap-tinh","text":"Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh, 05 năm tiếp theo liên tục hoàn thành tốt nhiệm vụ","appliesTo":["INDIVIDUAL","COLLECTIVE"]},
       {"code":"thanh-tich-tieu-bieu","text":"Có thành tích tiêu biểu xuất sắc, đột xuất hoặc được bình xét trong phong trào thi đua theo chuyên đề","appliesTo":[]}]',
     5, '[]', 70, 5, '{"INDIVIDUAL":1.5,"HOUSEHOLD":1.5,"COLLECTIVE":3.0}'),
    ('a2a1e000-0000-4000-8000-000000000102', 'a2a0e000-0000-4000-8000-000000000001', 'co-thi-dua-chinh-phu',
     'PRIME_MINISTER', '["COLLECTIVE"]',
     '[{"code":"tieu-bieu-xuat-sac-toan-quoc","text":"Có thành tích, hoàn thành vượt mức các chỉ tiêu, là tập thể tiêu biểu xuất sắc trong số các tập thể được tặng Cờ thi đua cấp tỉnh","appliesTo":["COLLECTIVE"]},
       {"code":"noi-bo-doan-ket","text":"Nội bộ đoàn kết, đi đầu trong thực hành tiết kiệm, chống lãng phí, chống tham nhũng","appliesTo":["COLLECTIVE"]}]',
     0, '[{"kind":"CLUSTER_RANK_AT_MOST","rank":1}]', 70, 5, '{"COLLECTIVE":12.0}'),
    ('a2a1e000-0000-4000-8000-000000000101', 'a2a0e000-0000-4000-8000-000000000001', 'huan-chuong-lao-dong-hang-ba',
     'PRESIDENT', '["INDIVIDUAL","COLLECTIVE"]',
     '[{"code":"da-co-bang-khen-thu-tuong","text":"Đã được tặng Bằng khen của Thủ tướng Chính phủ, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ","appliesTo":["INDIVIDUAL","COLLECTIVE"]},
       {"code":"sang-kien-duoc-cong-nhan","text":"Có sáng kiến, đề tài được công nhận và áp dụng hiệu quả","appliesTo":["INDIVIDUAL"]}]',
     5, '[]', 70, 5, '{"INDIVIDUAL":4.5,"COLLECTIVE":9.0}');

-- ND152-2025: the same rules (see the header), new ids.
insert into award_rule (id, rule_set_id, form_code, deciding_authority, recipient_kinds, standards,
                        min_interval_years, prerequisites, vote_threshold_percent, posting_working_days,
                        cash_coefficients)
select ('a2a1e000-0000-4000-8000-000000000' || (200 + right(r.id::text, 3)::integer)::text)::uuid,
       'a2a0e000-0000-4000-8000-000000000002', r.form_code, r.deciding_authority, r.recipient_kinds,
       r.standards, r.min_interval_years, r.prerequisites, r.vote_threshold_percent,
       r.posting_working_days, r.cash_coefficients
from award_rule r
where r.rule_set_id = 'a2a0e000-0000-4000-8000-000000000001';

insert into base_salary (effective_from, amount_vnd, legal_basis) values
    (date '2023-07-01', 1800000, 'Nghị định số 24/2023/NĐ-CP ngày 14/5/2023 quy định mức lương cơ sở'),
    (date '2024-07-01', 2340000, 'Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 quy định mức lương cơ sở');
