package io.ftpsecurity.java.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.ImportTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * The uses in a file of a class's static constant ({@code AcceptAllServerKeyVerifier.INSTANCE}), found without
 * visiting every identifier (most of a file's nodes): from the member selects ({@code Owner.NAME}, however the owner
 * is qualified) and, in a file that imports the constant or its class's members statically, from its bare
 * identifiers, looked through once. A use is the member select, or the bare identifier. One instance per rule, told
 * of each file by {@link #startFile}: nothing is kept from one file to the next.
 */
public final class ConstantUses {

  /** The kinds a rule subscribes to and hands to {@link #at}. */
  public static final List<Tree.Kind> KINDS = List.of(Tree.Kind.MEMBER_SELECT, Tree.Kind.IMPORT);

  private final String owner;
  private final String name;
  private CompilationUnitTree file;
  private boolean bareUsesFound;

  public ConstantUses(String owner, String name) {
    this.owner = owner;
    this.name = name;
  }

  public void startFile(CompilationUnitTree file) {
    this.file = file;
    bareUsesFound = false;
  }

  /** The uses a member select or an import shows. */
  public List<Tree> at(Tree tree) {
    if (tree instanceof MemberSelectExpressionTree select) {
      return isConstant(select.identifier()) ? List.of(select) : List.of();
    }
    ImportTree declaration = (ImportTree) tree;
    if (bareUsesFound || !declaration.isStatic() || !(declaration.qualifiedIdentifier() instanceof MemberSelectExpressionTree imported)
      || !owner.equals(dottedName(imported.expression()))) {
      return List.of();
    }
    bareUsesFound = true;
    List<Tree> uses = new ArrayList<>();
    file.accept(new BaseTreeVisitor() {
      @Override
      public void visitIdentifier(IdentifierTree identifier) {
        boolean selected = identifier.parent() instanceof MemberSelectExpressionTree select && select.identifier() == identifier;
        if (!selected && isConstant(identifier)) {
          uses.add(identifier);
        }
      }
    });
    return uses;
  }

  private boolean isConstant(IdentifierTree identifier) {
    // the name first: resolving the symbol of an identifier is what costs
    if (!name.equals(identifier.name())) {
      return false;
    }
    Symbol symbol = identifier.symbol();
    return symbol.isVariableSymbol() && symbol.owner() != null && symbol.owner().type() != null && symbol.owner().type().is(owner);
  }

  /** The name an import writes: always fully qualified. */
  private static String dottedName(ExpressionTree name) {
    if (name instanceof MemberSelectExpressionTree select) {
      return dottedName(select.expression()) + "." + select.identifier().name();
    }
    return name instanceof IdentifierTree identifier ? identifier.name() : "";
  }
}
