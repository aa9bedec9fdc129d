/**
 * Syllables that names, units and programmes use all the time. When a cell in a legacy font reads as
 * Vietnamese both as it is and decoded ("Nông Minh Hùng" or "Nụng Minh Hựng"; "Phan Thò Hoa" or "Phan Thị
 * Hoa"), the reading with more of these is the one the typist meant.
 */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý nông bế lò lục lương triệu đàm hà " +
    "văn thị đức đình hữu quang ngọc minh thanh thành anh tuấn hùng hưng dũng cường thắng sơn hải long bình " +
    "hoa lan hương thu mai hồng thủy trang linh phương huệ hằng hạnh nga ngân tùng kiên toàn việt quốc tiến " +
    "trung hiếu nam đông tâm thảo yến liên oanh loan hiền phúc lộc thọ khánh huy vinh hào chiến " +
    "sở ban huyện tỉnh ủy xã phòng trường đảng đoàn cán bộ chính trị lý luận thạc sĩ tiến đào tạo bồi dưỡng " +
    "quản giáo dục y tế văn hóa nội vụ luân chuyển quy hoạch chuyên viên trưởng phó giám đốc"
  )
    .split(" ")
    .filter(Boolean),
);
