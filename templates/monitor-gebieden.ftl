<#import "layout.ftl" as l>
<#import "monitor-parts.ftl" as parts>
<#import "pager.ftl" as pg>
<#assign p = page>
<@l.page p>
<p class="lead">Hier staan de cijfers van alle kernen en wijken onder elkaar. De cijfers tellen alleen plekken mee die open zijn op de datum van deze editie. Bij een kern tellen de wijken in die kern mee.</p>
<#if p.pager()??>
<@pg.pager p.pager() true/>
<#else>
<nav class="page-nav" aria-label="Gebieden op deze pagina">
  <ul class="link-list">
  <#list p.areas() as b><li><a href="#${b.anchor()}">${b.area().label()}</a></li></#list>
  </ul>
</nav>
</#if>
<#list p.areas() as b>
<@parts.areaFigures b "h2"/>
</#list>
<#if p.pager()??><@pg.pager p.pager() false/></#if>
</@l.page>
