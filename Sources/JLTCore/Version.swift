/// The program's version, shown in the 说明 sheet of every workbook.
public enum JLTVersion {
  public static let version = "0.1.0"
}
