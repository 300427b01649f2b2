// Generates platform/src/main/resources/thiduaso/calendar/vn-holidays.json (node scripts/dev/generate-holidays.mjs > that file).
// 2025–2026 follow the announced days off; 2027–2030 the Labour Code rules (an admin corrects them in the app).
const iso = d => d.toISOString().slice(0,10)
const D = s => new Date(s + 'T00:00:00Z')
const add = (d, n) => new Date(d.getTime() + n*86400000)
const wk = d => d.getUTCDay()===0 || d.getUTCDay()===6
const years = {}
function year(y){ return years[y] ??= { year: y, days: [], source: '' } }
function off(y, dates, name, compensate=true, reserved=[]){
  const Y = year(y); const taken = new Set([...Y.days.map(x=>x.date), ...reserved])
  let owed = 0
  for (const s of dates){ const d=D(s); if (wk(d)) { owed++ } else { Y.days.push({date: s, kind:'DAY_OFF', name}); taken.add(s) } }
  if (!compensate) return
  let d = D(dates[dates.length-1])
  while (owed>0){ d = add(d,1); if (!wk(d) && !taken.has(iso(d))) { Y.days.push({date: iso(d), kind:'DAY_OFF', name: name + ' (nghỉ bù)'}); taken.add(iso(d)); owed-- } }
}
function range(a,b){ const r=[]; for(let d=D(a); d<=D(b); d=add(d,1)) r.push(iso(d)); return r }
// 2025 and 2026: the days off announced for civil servants (Bộ Nội vụ), including the swaps.
off(2025,['2025-01-01'],'Tết Dương lịch')
off(2025,range('2025-01-25','2025-02-02'),'Tết Nguyên đán Ất Tỵ',false)
off(2025,['2025-04-07'],'Giỗ Tổ Hùng Vương (10/3 âm lịch)')
off(2025,['2025-04-30'],'Ngày Chiến thắng 30/4'); off(2025,['2025-05-01'],'Ngày Quốc tế Lao động 1/5')
off(2025,['2025-05-02'],'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)',false)
year(2025).days.push({date:'2025-04-26',kind:'WORKING_DAY',name:'Làm bù cho ngày 02/5'})
off(2025,['2025-09-01','2025-09-02'],'Quốc khánh 2/9')
year(2025).source='Thông báo nghỉ lễ, Tết năm 2025 của Bộ Nội vụ cho cán bộ, công chức, viên chức'
off(2026,['2026-01-01'],'Tết Dương lịch')
off(2026,range('2026-02-14','2026-02-22'),'Tết Nguyên đán Bính Ngọ',false)
off(2026,['2026-04-26'],'Giỗ Tổ Hùng Vương (10/3 âm lịch)')
off(2026,['2026-04-30'],'Ngày Chiến thắng 30/4'); off(2026,['2026-05-01'],'Ngày Quốc tế Lao động 1/5')
off(2026,['2026-09-01','2026-09-02'],'Quốc khánh 2/9')
year(2026).source='Thông báo nghỉ lễ, Tết năm 2026 của Bộ Nội vụ cho cán bộ, công chức, viên chức'
// 2027–2030: Bộ luật Lao động 2019 Điều 112 (Tết: 1 ngày cuối năm và 4 ngày đầu năm âm lịch; Quốc khánh 2 ngày),
// a holiday on a weekend is taken on the next working day. To be checked against each year's announcement.
const tet = {2027:'2027-02-06',2028:'2028-01-26',2029:'2029-02-13',2030:'2030-02-03'}
const names = {2027:'Đinh Mùi',2028:'Mậu Thân',2029:'Kỷ Dậu',2030:'Canh Tuất'}
const gioTo = {2027:'2027-04-16',2028:'2028-04-04',2029:'2029-04-23',2030:'2030-04-12'}
for (const y of [2027,2028,2029,2030]){
  off(y,[`${y}-01-01`],'Tết Dương lịch')
  const t = D(tet[y]); off(y,[iso(add(t,-1)),iso(t),iso(add(t,1)),iso(add(t,2)),iso(add(t,3))],'Tết Nguyên đán '+names[y])
  off(y,[gioTo[y]],'Giỗ Tổ Hùng Vương (10/3 âm lịch)')
  off(y,[`${y}-04-30`],'Ngày Chiến thắng 30/4',true,[`${y}-05-01`]); off(y,[`${y}-05-01`],'Ngày Quốc tế Lao động 1/5')
  off(y,[`${y}-09-01`,`${y}-09-02`],'Quốc khánh 2/9')
  year(y).source='Bộ luật Lao động 2019, Điều 111–112 (chưa có thông báo của năm: quản trị kiểm tra và sửa khi có)'
}
for (const y of Object.values(years)) y.days.sort((a,b)=>a.date.localeCompare(b.date))
process.stdout.write(JSON.stringify({ description: 'Ngày nghỉ lễ, Tết và ngày làm bù (Việt Nam), mặc định 2025–2030; quản trị sửa trong notification-service', years: Object.values(years) }, null, 1) + '\n')
