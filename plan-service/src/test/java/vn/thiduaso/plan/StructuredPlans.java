package vn.thiduaso.plan;

/** A plan body with every part of docs/plan-model.md, for one test commune. */
final class StructuredPlans {

    static final String MOVEMENT_923 = "d0000000-0923-4000-8000-000000000001";
    static final String MOVEMENT_BDHVS = "d0000000-0b0d-4000-8000-000000000002";

    static String full(Communes.Commune c, String title) {
        return """
                {"title": "%s",
                 "summary": "Phát động phong trào thi đua trên địa bàn",
                 "issuingUnitId": "%s",
                 "movementIds": ["%s", "%s"],
                 "startYear": 2025, "endYear": 2030,
                 "sectionOrder": ["legalBases", "purposes", "contents", "targets", "reportingObligations"],
                 "legalBases": [{"relation": "BASIS", "documentKind": "OFFICIAL_LETTER", "number": "2144/UBND-NVKTGS",
                                 "date": "2025-08-15", "issuer": "UBND thành phố", "title": "về việc triển khai"}],
                 "purposes": ["Phát huy sự tham gia tích cực"],
                 "requirements": ["Triển khai sâu rộng"],
                 "objectives": ["100%% cán bộ có kỹ năng số"],
                 "contents": [{"number": "1", "title": "Thi đua nâng cao nhận thức", "body": "Tuyên truyền",
                               "children": [{"number": "a", "title": "Học tập số", "body": "…"}]},
                              {"number": "2", "title": "Thi đua chuyển đổi số", "body": "…"}],
                 "criteriaGroups": [{"targetGroup": "OFFICES_AND_UNITS", "title": "Đối với các cơ quan, đơn vị thuộc xã",
                                     "criteria": ["Có kế hoạch", "Có sáng kiến"]}],
                 "targets": [{"code": "CT01", "name": "Cán bộ, công chức có kỹ năng số cơ bản", "unitOfMeasure": "%%",
                              "percentage": true, "comparison": "GTE", "values": [{"year": 2025, "value": 80},
                              {"year": 2026, "value": 100}]}],
                 "milestones": [{"kind": "PRELIMINARY_REVIEW", "title": "Sơ kết giai đoạn 2025 - 2027", "month": 10, "year": 2027}],
                 "awardForms": [{"code": "giay-khen-chu-tich-ubnd-xa", "recipientGroups": ["OFFICES_AND_UNITS", "INDIVIDUALS"],
                                 "occasions": ["ANNUAL", "FINAL_REVIEW"], "standards": "Hoàn thành xuất sắc"}],
                 "assignments": [{"unitId": "%s", "role": "LEAD", "tasks": ["Tham mưu UBND xã"]}],
                 "addresseeUnitIds": ["%s", "%s"],
                 "reportingObligations": [{"title": "Báo cáo kết quả thực hiện Phong trào thi đua", "kind": "ANNUAL",
                     "reporters": {"mode": "KINDS", "unitKinds": ["VILLAGE"]}, "recipientUnitId": "%s",
                     "dueDay": 5, "dueMonth": 12, "firstYear": 2025, "lastYear": 2030,
                     "secondHop": {"recipientName": "Sở Nội vụ", "dueDay": 15, "dueMonth": 12}},
                   {"title": "Báo cáo sơ kết", "kind": "PRELIMINARY_REVIEW", "recipientUnitId": "%s",
                     "dueDay": 30, "dueMonth": 9, "firstYear": 2027, "lastYear": 2027}],
                 "unitPlansRequired": {"dueMonth": 11, "dueYear": 2025},
                 "otherSections": [{"heading": "Kinh phí thực hiện", "paragraphs": ["Từ ngân sách xã"]}],
                 "recipients": ["Sở Nội vụ thành phố;", "Lưu: VT."],
                 "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "capacity": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                            "fullName": "Nguyễn Văn A"},
                 "place": "Vĩnh Bảo"}
                """.formatted(title, c.commune().id, MOVEMENT_923, MOVEMENT_BDHVS, c.office().id, c.office().id,
                c.village().id, c.office().id, c.office().id);
    }

    private StructuredPlans() {
    }
}
