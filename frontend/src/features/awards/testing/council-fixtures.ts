import type { CouncilAgendaItem, CouncilSessionView } from '../api/types-council'

export function agendaItem(overrides: Partial<CouncilAgendaItem> = {}): CouncilAgendaItem {
  return {
    nominationId: 'n-1',
    position: 1,
    nomineeKind: 'INDIVIDUAL',
    nomineeName: 'Trần Văn Minh',
    nominatingUnitId: 'unit-1',
    nominatingUnitName: 'Trung tâm Sự nghiệp công phường',
    formCode: 'giay-khen-chu-tich-ubnd-xa',
    formName: 'Giấy khen của Chủ tịch UBND xã/phường',
    achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026.',
    thresholdPercent: 50,
    myChoice: null,
    iRecused: false,
    recusals: [],
    votedCount: 0,
    tally: null,
    ballots: null,
    ...overrides,
  }
}

export function councilSession(overrides: Partial<CouncilSessionView> = {}): CouncilSessionView {
  return {
    id: 's-1',
    roundId: 'r-1',
    roundTitle: 'Khen thưởng năm 2026',
    communePath: '/hai-phong/kien-an',
    title: 'Phiên họp xét khen thưởng năm 2026',
    scheduledOn: '2026-12-05',
    location: 'Hội trường UBND phường',
    secretBallot: true,
    quorumPercent: 50,
    status: 'OPEN',
    openedAt: '2026-12-03T02:00:00Z',
    votingClosesAt: '2026-12-05T10:00:00Z',
    closedAt: null,
    totalMembers: 5,
    presentCount: 5,
    quorumMet: true,
    members: [
      { userId: 'u-1', username: 'kienan.council', fullName: 'Phạm Văn Hùng', seat: 'CHAIR', present: true, voted: false },
      { userId: 'u-2', username: 'kienan.council2', fullName: 'Lê Thị Lan', seat: 'SECRETARY', present: true, voted: true },
    ],
    agenda: [agendaItem()],
    me: { member: true, seat: 'MEMBER' },
    version: 0,
    ...overrides,
  }
}
