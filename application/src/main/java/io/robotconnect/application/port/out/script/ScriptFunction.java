package io.robotconnect.application.port.out.script;

/** The functions through which a script reaches the Connect API. */
public enum ScriptFunction {
  RUN_ACTION("runAction"),
  PERFORM_QUERY("performQuery");

  private final String jsName;

  ScriptFunction(String jsName) {
    this.jsName = jsName;
  }

  /** The function's name in JavaScript (and in run records). */
  public String jsName() {
    return jsName;
  }

  /** The function of that JavaScript name. */
  public static ScriptFunction ofJsName(String jsName) {
    for (ScriptFunction function : values()) {
      if (function.jsName.equals(jsName)) {
        return function;
      }
    }
    throw new IllegalArgumentException("no script function " + jsName);
  }
}
